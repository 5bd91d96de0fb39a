/** Maps exceptions to the API's one error shape. */
package io.reformbench.web.rest.error;
