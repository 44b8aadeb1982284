-- One database per service (services own their data).
create database plans;
create database assignments;
create database checklists;
create database indicators;
create database reporting;
