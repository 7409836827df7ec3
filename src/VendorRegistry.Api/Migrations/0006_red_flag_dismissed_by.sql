-- A dismissal shows evaluators who dismissed the flag, by name, as a scorecard shows its evaluator's: the actor's
-- name when it was dismissed (created_by keeps the id).
alter table red_flag_dismissals add column dismissed_by text not null default '';
alter table red_flag_dismissals alter column dismissed_by drop default;
create index red_flag_dismissals_tenant_response_idx on red_flag_dismissals (tenant_id, response_id);
