"""Server-rendered pages, one module per resource; each returns a View for api.twins."""
