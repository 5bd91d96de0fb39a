/** JPA repositories, the data source and the schema migrations. */
package io.reformbench.core.infrastructure.persistence;
