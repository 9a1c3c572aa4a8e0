"""PDF reports on ReportLab: `styles` defines the one look, each report module turns DTOs into
PDF bytes (no database access), `catalogue` names the reports and loads their data through
the services."""
