"""A small HTTP/1.1 client over a Unix socket, keeping its connection alive between requests."""
import http.client
import socket


class UnixConnection(http.client.HTTPConnection):
    """http.client over AF_UNIX."""

    def __init__(self, path, timeout=30):
        super().__init__("localhost", timeout=timeout)
        self.socket_path = path

    def connect(self):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(self.timeout)
        self.sock.connect(self.socket_path)


class Client:
    """GET requests on one kept-alive connection, reconnecting after any error."""

    def __init__(self, path, timeout=30):
        self.path = path
        self.timeout = timeout
        self.connection = None

    def get(self, target):
        """(status, body bytes); raises OSError when the daemon cannot be reached."""
        for attempt in (1, 2):
            if self.connection is None:
                self.connection = UnixConnection(self.path, self.timeout)
            try:
                self.connection.request("GET", target)
                response = self.connection.getresponse()
                return response.status, response.read()
            except (OSError, http.client.HTTPException) as error:
                self.close()
                if attempt == 2:
                    raise OSError(f"GET {target} on {self.path}: {error}") from error
        raise OSError("unreachable")

    def close(self):
        if self.connection is not None:
            self.connection.close()
            self.connection = None
