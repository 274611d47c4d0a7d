package dev.lectern.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * 127.0.0.2: an address of this machine other than 127.0.0.1 (the loopback range), where serve's
 * {@code --host} can be tried without reaching any network. Linux answers on all of 127.0.0.0/8;
 * systems that do not are skipped.
 */
public final class SecondLoopback {

    private SecondLoopback() {
    }

    /** The address, when a server can listen on it here. */
    public static Optional<InetAddress> address() {
        try (ServerSocket socket = new ServerSocket()) {
            InetAddress address = InetAddress.getByName("127.0.0.2");
            socket.bind(new InetSocketAddress(address, 0));
            return Optional.of(address);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // an address literal is never looked up
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
