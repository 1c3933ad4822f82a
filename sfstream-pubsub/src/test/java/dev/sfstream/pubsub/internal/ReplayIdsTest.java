package dev.sfstream.pubsub.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import org.junit.jupiter.api.Test;

/** Pub/Sub replay ids as positions: unsigned big-endian numbers, written back as 8 bytes. */
class ReplayIdsTest {
    @Test
    void eightBytesRoundTrip() {
        ByteString bytes = ReplayIds.of(3_000_000_042L);
        assertThat(bytes.size()).isEqualTo(8);
        assertThat(ReplayIds.toPosition(bytes, "/event/A__e")).isEqualTo(3_000_000_042L);
    }

    @Test
    void shorterAndZeroPaddedIdsReadAsTheSameNumber() {
        assertThat(ReplayIds.toPosition(ByteString.copyFrom(new byte[] {0x01, 0x00}), "/event/A__e")).isEqualTo(256);
        assertThat(ReplayIds.toPosition(ByteString.copyFrom(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0x5A, (byte) 0xF0}),
                "/event/A__e")).isEqualTo(0x5AF0);
    }

    @Test
    void aChannelsWiderIdsAreWrittenBackAsWide() {
        ByteString tenBytes = ByteString.copyFrom(new byte[] {0, 0, 0, 0, 0, 0x5A, (byte) 0x94, (byte) 0xF0, 0, 0});
        assertThat(ReplayIds.of(ReplayIds.toPosition(tenBytes, "/event/A__e"), 10)).isEqualTo(tenBytes);
        assertThat(ReplayIds.of(7, 0).size()).isEqualTo(8);
    }

    @Test
    void moreThanEightSignificantBytesFailNamingTheChannel() {
        ByteString tenBytes = ByteString.copyFrom(new byte[] {0, 0, 0, 0, 0, 0x5A, (byte) 0x94, (byte) 0xF0, 0, 0});
        assertThat(ReplayIds.toPosition(tenBytes, "/event/A__e")).isEqualTo(0x5A94F00000L);
        ByteString nineSignificant = ByteString.copyFrom(new byte[] {1, 0, 0, 0, 0, 0, 0, 0, 0});
        assertThatThrownBy(() -> ReplayIds.toPosition(nineSignificant, "/event/A__e"))
                .hasMessageContaining("/event/A__e").hasMessageContaining("8 bytes");
    }
}
