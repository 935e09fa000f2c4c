# kept for audits, until someone asks
log_retention_days = 90
