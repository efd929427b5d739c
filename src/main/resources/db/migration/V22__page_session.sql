-- The web pages' sign-in sessions, held server-side so that signing out ends a session for good:
-- the session cookie (encrypted by Quarkus's form authentication) names a row here, and a row that
-- has ended no longer signs anyone in, whoever copied the cookie. Not registry data: not exported.
create table page_session (
    id         varchar(64) primary key,
    username   varchar(64) not null,
    started_at timestamp with time zone not null,
    ended_at   timestamp with time zone
);
create index page_session_username on page_session (username);
