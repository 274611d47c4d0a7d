package dev.lectern.cli;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What a command-line client and the build daemon say to each other over the daemon's socket. The client
 * sends one {@link Request}; the daemon answers with frames: the command's standard output and error as
 * they are written, then its exit code (or {@link #BUSY} when it is already building).
 */
final class DaemonProtocol {

    /** "LDMN" and a version: a daemon from another Lectern build refuses to talk rather than misread. */
    static final int MAGIC = 0x4C444D4E;
    static final int VERSION = 1;

    static final byte OUT = 1;
    static final byte ERR = 2;
    static final byte EXIT = 3;
    static final byte BUSY = 4;
    static final byte STATUS = 5;

    enum Kind { RUN, STATUS, STOP }

    /** One command line to run, with the folder relative paths in it are relative to. */
    record Request(Kind kind, String workingDir, List<String> args) {

        Request {
            args = List.copyOf(args);
        }

        void writeTo(DataOutputStream out) throws IOException {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeByte(kind.ordinal());
            writeString(out, workingDir);
            out.writeInt(args.size());
            for (String arg : args) {
                writeString(out, arg);
            }
            out.flush();
        }

        /** The request, or an {@link IOException} when the peer speaks another protocol. */
        static Request readFrom(DataInputStream in) throws IOException {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                throw new IOException("not a Lectern daemon request of version " + VERSION);
            }
            int kind = in.readUnsignedByte();
            if (kind >= Kind.values().length) {
                throw new IOException("unknown request kind " + kind);
            }
            String workingDir = readString(in);
            int count = in.readInt();
            if (count < 0 || count > 10_000) {
                throw new IOException("implausible argument count " + count);
            }
            List<String> args = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                args.add(readString(in));
            }
            return new Request(Kind.values()[kind], workingDir, args);
        }
    }

    static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInputStream in) throws IOException {
        return new String(readBytes(in), StandardCharsets.UTF_8);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 64 << 20) {
            throw new IOException("implausible frame length " + length);
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return bytes;
    }

    /** The daemon's side of an answer: frames written under one lock, whatever thread prints. */
    static final class Answer {
        private final DataOutputStream out;

        Answer(OutputStream socket) {
            this.out = new DataOutputStream(socket);
        }

        /** A stream whose bytes become frames of one kind: the command's standard output or error. */
        OutputStream stream(byte kind) {
            return new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    if (length > 0) {
                        frame(kind, bytes, offset, length);
                    }
                }
            };
        }

        synchronized void frame(byte kind, byte[] bytes, int offset, int length) throws IOException {
            out.writeByte(kind);
            out.writeInt(length);
            out.write(bytes, offset, length);
            out.flush();
        }

        synchronized void exit(int code) throws IOException {
            out.writeByte(EXIT);
            out.writeInt(code);
            out.flush();
        }

        synchronized void busy() throws IOException {
            out.writeByte(BUSY);
            out.flush();
        }

        synchronized void status(String text) throws IOException {
            out.writeByte(STATUS);
            writeString(out, text);
            out.flush();
        }
    }

    /** The client's side of an answer: frames until the exit code, a busy daemon, or a status line. */
    sealed interface Frame {
        record Output(byte kind, byte[] bytes) implements Frame { }

        record Exit(int code) implements Frame { }

        record Busy() implements Frame { }

        record Status(String text) implements Frame { }

        static Frame readFrom(DataInputStream in) throws IOException {
            int kind = in.read();
            if (kind < 0) {
                throw new EOFException("the daemon closed the connection");
            }
            return switch ((byte) kind) {
                case OUT, ERR -> new Output((byte) kind, readBytes(in));
                case EXIT -> new Exit(in.readInt());
                case BUSY -> new Busy();
                case STATUS -> new Status(readString(in));
                default -> throw new IOException("unknown frame " + kind);
            };
        }
    }

    private DaemonProtocol() {
    }
}
