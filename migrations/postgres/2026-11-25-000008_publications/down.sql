DROP TRIGGER publications_immutable ON publications;
DROP FUNCTION publications_immutable();
DROP TABLE publications;
