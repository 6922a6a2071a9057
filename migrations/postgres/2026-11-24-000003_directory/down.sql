DROP TABLE organisations;
DROP TABLE contacts;
DROP TABLE company_countries;
DROP TABLE companies;
