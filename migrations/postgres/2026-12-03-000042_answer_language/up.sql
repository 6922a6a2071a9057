-- The language each answer was given in (the representative's interface
-- language when they saved it): a Burmese answer to an English question is
-- read and published knowing so. Empty for answers saved before.
ALTER TABLE answers ADD COLUMN language TEXT NOT NULL DEFAULT '';
