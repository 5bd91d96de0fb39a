-- What plugins need from the shared persistence unit: archived areas and actions (an area plugin that goes away
-- leaves its data read-only, never deleted) and the values of the custom fields plugins contribute.

ALTER TABLE reform_area ADD COLUMN archived BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE roadmap_action ADD COLUMN archived BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE action_attribute (
    id         BIGINT        NOT NULL PRIMARY KEY,
    action_id  BIGINT        NOT NULL,
    field_key  VARCHAR(100)  NOT NULL,
    field_type VARCHAR(16)   NOT NULL,
    value_text VARCHAR(2000) NOT NULL,
    CONSTRAINT uq_action_attribute UNIQUE (action_id, field_key),
    CONSTRAINT fk_attribute_action FOREIGN KEY (action_id) REFERENCES roadmap_action (id)
);
