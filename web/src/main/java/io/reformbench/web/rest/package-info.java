/** The REST API under /api. */
package io.reformbench.web.rest;
