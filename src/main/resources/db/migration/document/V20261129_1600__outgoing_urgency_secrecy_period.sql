-- 紧急程度 and 保密期限 of an outgoing document (GB/T 9704-2012 7.2.2, 7.2.3). The period is in
-- whole years and only on a classified document; existing drafts carry no urgency and no period.
ALTER TABLE document.outgoing_draft ADD COLUMN urgency VARCHAR(20) DEFAULT 'NONE' NOT NULL;
ALTER TABLE document.outgoing_draft ADD COLUMN secrecy_period_years INT;
