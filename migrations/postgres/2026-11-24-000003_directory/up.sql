-- The company directory: the companies a coalition asks, the people to
-- write to, and the organisations that co-sign campaigns.
CREATE TABLE companies (
    id TEXT PRIMARY KEY NOT NULL,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    sector TEXT NOT NULL CHECK (sector IN ('telecom-operator', 'surveillance-vendor', 'network-equipment', 'internet-platform', 'other')),
    hq_country TEXT NOT NULL,
    website TEXT,
    parent_id TEXT REFERENCES companies (id),
    notes TEXT NOT NULL DEFAULT '',
    archived_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX companies_name ON companies (name);

-- Where a company operates, or which countries it exports to.
CREATE TABLE company_countries (
    company_id TEXT NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    country TEXT NOT NULL,
    relation TEXT NOT NULL CHECK (relation IN ('operates', 'exports')),
    PRIMARY KEY (company_id, country, relation)
);
CREATE INDEX company_countries_country ON company_countries (country, relation);

CREATE TABLE contacts (
    id TEXT PRIMARY KEY NOT NULL,
    company_id TEXT NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    is_primary BOOLEAN NOT NULL DEFAULT FALSE,
    archived_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (company_id, email)
);

CREATE TABLE organisations (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL UNIQUE,
    website TEXT,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
