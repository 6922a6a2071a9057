DROP INDEX replies_unread;
ALTER TABLE replies DROP COLUMN read_by;
ALTER TABLE replies DROP COLUMN read_at;
DROP TABLE staff_notification_choices;
