"""gunicorn settings of the services' watchers (circus.ini: --config
python:app.gunicorn_conf); the rest is on their command lines."""


def when_ready(server):
    """Every listening socket here is Circus's, handed over as fd://N, as
    systemd hands over its own: say so. A gunicorn that stops unlinks the
    file of each Unix socket it listened on unless its sockets came from
    systemd, and here the other workers still listen on that socket (the
    edge's way in: circus.ini). gunicorn 27 reads this flag for that and
    for a USR2 re-exec, which Circus does not use; tests/test_40 scales
    workers down and up and stops the stack through it."""
    server.systemd = True
