package io.reformbench.core.infrastructure.plugin;

/** Why a plugin operation was refused; stable codes for the REST API and the audit trail. */
public enum RefusalReason {
    /** The upload has no bytes. */
    EMPTY,
    /** The upload is not a zip archive. */
    NOT_A_JAR,
    /** The archive is larger than allowed. */
    TOO_LARGE,
    /** The archive has more entries than allowed. */
    TOO_MANY_ENTRIES,
    /** The archive expands far beyond its size. */
    ZIP_BOMB,
    /** An entry name would escape the folder it is unpacked into. */
    UNSAFE_PATH,
    /** The manifest does not describe a plugin bundle. */
    NOT_A_PLUGIN,
    /** No entry is signed. */
    UNSIGNED,
    /** Some entries are signed and some are not. */
    PARTIALLY_SIGNED,
    /** An entry no longer matches its signature. */
    TAMPERED,
    /** Entries are signed by more than one signer. */
    SEVERAL_SIGNERS,
    /** The signer's certificate does not chain to a trusted key. */
    UNTRUSTED_SIGNER,
    /** The archive has no {@code plugin.xml}. */
    MISSING_DESCRIPTOR,
    /** {@code plugin.xml} is malformed, invalid against the schema, or uses DTDs or external entities. */
    INVALID_DESCRIPTOR,
    /** A plugin with the same id is already installed. */
    DUPLICATE_ID,
    /** No plugin with that id is installed. */
    NOT_INSTALLED,
    /** The upgrade is older than, or the same version as, what is installed. */
    DOWNGRADE,
    /** The plugin needs the plugin API at versions this workbench does not offer. */
    API_VERSION,
    /** Plugins, packages or capabilities the plugin needs are missing or at the wrong version. */
    MISSING_DEPENDENCY,
    /** The plugin's dependencies lead back to itself. */
    DEPENDENCY_CYCLE,
    /** Installed plugins need this plugin, or need it at versions the change would remove. */
    DEPENDENTS,
    /** The framework could not wire the plugin. */
    RESOLUTION_FAILED,
    /** The plugin's activator threw while starting. */
    ACTIVATOR_FAILED,
    /** The plugin's activator did not finish starting in time. */
    ACTIVATOR_TIMEOUT,
    /** The application layer could not archive or restore the plugin's data. */
    ARCHIVE_FAILED,
    /** The plugin's files could not be stored or read. */
    STORAGE_FAILED
}
