package fi.osaamo.messaging.smpp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

import org.jsmpp.session.connection.Connection;
import org.jsmpp.session.connection.ConnectionFactory;
import org.jsmpp.session.connection.ServerConnection;
import org.jsmpp.session.connection.ServerConnectionFactory;
import org.jsmpp.session.connection.socket.SocketConnection;

/**
 * SMPP connections with Nagle's algorithm off, on both ends. jSMPP's own sockets keep it
 * on: a PDU written while an earlier one is unacknowledged then waits for the peer's
 * delayed ACK (up to 40 ms on Linux), and with several PDUs in flight both ends sit idle
 * waiting for each other. Each PDU is written whole, so sending it at once costs nothing.
 */
public final class NoDelaySockets implements ConnectionFactory, ServerConnectionFactory {

	public static final NoDelaySockets INSTANCE = new NoDelaySockets();

	private static final int CONNECT_TIMEOUT_MILLIS = 60_000;

	private NoDelaySockets() {
	}

	@Override
	public Connection createConnection(String host, int port) throws IOException {
		var socket = new Socket();
		socket.setTcpNoDelay(true);
		socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
		return new NoDelayConnection(socket);
	}

	@Override
	public ServerConnection listen(int port) throws IOException {
		return new Listening(new ServerSocket(port));
	}

	@Override
	public ServerConnection listen(int port, int timeout) throws IOException {
		var server = new ServerSocket(port);
		server.setSoTimeout(timeout);
		return new Listening(server);
	}

	@Override
	public ServerConnection listen(int port, int timeout, int backlog) throws IOException {
		var server = new ServerSocket(port, backlog);
		server.setSoTimeout(timeout);
		return new Listening(server);
	}

	/** A connection that can say whether it still sends at once. */
	static final class NoDelayConnection extends SocketConnection {

		private final Socket socket;

		NoDelayConnection(Socket socket) throws IOException {
			super(socket);
			this.socket = socket;
		}

		boolean sendsAtOnce() throws IOException {
			return this.socket.getTcpNoDelay();
		}

	}

	/** A listening socket whose accepted connections send at once. */
	private record Listening(ServerSocket server) implements ServerConnection {

		@Override
		public Connection accept() throws IOException {
			var socket = this.server.accept();
			socket.setTcpNoDelay(true);
			return new NoDelayConnection(socket);
		}

		@Override
		public void setSoTimeout(int timeout) throws IOException {
			this.server.setSoTimeout(timeout);
		}

		@Override
		public int getSoTimeout() throws IOException {
			return this.server.getSoTimeout();
		}

		@Override
		public void close() throws IOException {
			this.server.close();
		}

	}

}
