package org.kapitza.fv;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** A checkpoint of another format version is reported as such, not as a file that is no checkpoint. */
class CheckpointFormatTest {

    private static DataInputStream headed(String magic) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(magic);
            out.writeInt(8);
            out.writeDouble(1.0);
        }
        return new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
    }

    @Test
    void anOlderFormatIsNamedWithTheOneThisVersionReads() throws IOException {
        String current = TransientState.MAGIC.substring(TransientState.MAGIC.lastIndexOf('-') + 1);
        IOException e = assertThrows(IOException.class, () -> TransientState.read(headed("KAPITZA-CHECKPOINT-1"), 8, "run.ckpt"));
        assertTrue(e.getMessage().contains("run.ckpt is a checkpoint of format 1")
                && e.getMessage().contains("reads format " + current), e.getMessage());
        IOException peek = assertThrows(IOException.class, () -> TransientState.peekTime(headed("KAPITZA-CHECKPOINT-1")));
        assertTrue(peek.getMessage().contains("format 1"), peek.getMessage());
    }

    @Test
    void aFileThatIsNoCheckpointIsSaidToBeNone() throws IOException {
        IOException e = assertThrows(IOException.class, () -> TransientState.read(headed("hello"), 8, "notes.txt"));
        assertTrue(e.getMessage().equals("notes.txt is not a Kapitza checkpoint"), e.getMessage());
        assertTrue(TransientState.peekTime(headed(TransientState.MAGIC)) == 1.0);
    }
}
