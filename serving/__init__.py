"""The HTTP JSON API: the assistant, calculators, quizzes and documents for other programs.

`api.create_app()` builds the FastAPI app (model and index load once per worker at startup);
`cli.add_serve_parser()` adds `python -m assistant serve --workers N --port P` (uvicorn);
conversation state lives in the session store (`assistant.sessions.open_store`), never in a
worker's memory, so consecutive turns may land on any worker or machine.
"""
