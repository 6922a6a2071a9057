DROP TRIGGER publications_immutable_delete;
DROP TRIGGER publications_immutable_update;
DROP TABLE publications;
