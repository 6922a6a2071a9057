ALTER TABLE answers DROP COLUMN language;
