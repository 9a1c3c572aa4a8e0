"""Table models over the services' DTOs."""
