-- Closing a campaign before every company's time is up. `closed_at` is
-- when it was last closed (cleared when it is reopened). Each company
-- asked keeps its own deadline (the campaign's, or its extension) unless
-- the editor ended everyone's time at closing: then `cut_short_reason`
-- holds the reason, which is published beside those companies.
ALTER TABLE campaigns ADD COLUMN closed_at TIMESTAMP;
ALTER TABLE campaigns ADD COLUMN cut_short_reason TEXT;
