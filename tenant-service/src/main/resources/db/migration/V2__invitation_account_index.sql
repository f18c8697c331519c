-- Only the newest link of an account works (ADR 0071): issuing a link expires the account's unused ones.
create index tenant_invitation_account on tenant_invitation (account_id) where used_at is null;
