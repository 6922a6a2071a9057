DROP TABLE campaign_targets;
DROP TABLE campaign_organisations;
DROP TABLE campaigns;
