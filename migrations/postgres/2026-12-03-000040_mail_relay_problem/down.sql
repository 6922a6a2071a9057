DROP TABLE mail_relay_problem;
