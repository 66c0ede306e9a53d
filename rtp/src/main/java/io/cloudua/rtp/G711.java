package io.cloudua.rtp;

/**
 * G.711 mu-law (PCMU) and A-law (PCMA) conversion between 16-bit linear PCM and 8-bit codes.
 *
 * <p>cloudua does not transcode calls (the device keeps its media), but tests and the load
 * generator need real audio: a tone encoded here and decoded at the far end proves that the
 * bytes arrived intact and in the right codec. This is the segment arithmetic of the ITU-T
 * G.711 reference (as in the well-known Sun g711.c): 16-bit input, truncated to 14 (mu-law) or
 * 13 (A-law) bits; encode(0) is 0xFF in mu-law and 0xD5 in A-law.
 */
public final class G711 {

    private static final int SIGN_BIT = 0x80;
    private static final int QUANT_MASK = 0x0F;
    private static final int SEG_SHIFT = 4;
    private static final int SEG_MASK = 0x70;
    /** mu-law bias (in 16-bit scale) and clip (in 14-bit scale). */
    private static final int ULAW_BIAS = 0x84;
    private static final int ULAW_CLIP = 8159;
    private static final int[] ULAW_SEGMENT_END = {0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF, 0x1FFF};
    private static final int[] ALAW_SEGMENT_END = {0x1F, 0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF};

    private G711() {}

    /** One 16-bit sample to its mu-law code. */
    public static byte ulawEncode(short sample) {
        int pcm = sample >> 2;
        int mask;
        if (pcm < 0) {
            pcm = -pcm;
            mask = 0x7F;
        } else {
            mask = 0xFF;
        }
        pcm = Math.min(pcm, ULAW_CLIP) + (ULAW_BIAS >> 2);
        int segment = segment(pcm, ULAW_SEGMENT_END);
        if (segment >= 8) {
            return (byte) (0x7F ^ mask);
        }
        return (byte) (((segment << SEG_SHIFT) | ((pcm >> (segment + 1)) & QUANT_MASK)) ^ mask);
    }

    /** One mu-law code to its 16-bit sample. */
    public static short ulawDecode(byte code) {
        int u = ~code & 0xFF;
        int t = ((u & QUANT_MASK) << 3) + ULAW_BIAS;
        t <<= (u & SEG_MASK) >> SEG_SHIFT;
        return (short) ((u & SIGN_BIT) != 0 ? ULAW_BIAS - t : t - ULAW_BIAS);
    }

    /** One 16-bit sample to its A-law code. */
    public static byte alawEncode(short sample) {
        int pcm = sample >> 3;
        int mask;
        if (pcm >= 0) {
            mask = 0xD5;
        } else {
            mask = 0x55;
            pcm = -pcm - 1;
        }
        int segment = segment(pcm, ALAW_SEGMENT_END);
        if (segment >= 8) {
            return (byte) (0x7F ^ mask);
        }
        int code = segment << SEG_SHIFT;
        code |= (segment < 2 ? pcm >> 1 : pcm >> segment) & QUANT_MASK;
        return (byte) (code ^ mask);
    }

    /** One A-law code to its 16-bit sample. */
    public static short alawDecode(byte code) {
        int a = (code & 0xFF) ^ 0x55;
        int t = (a & QUANT_MASK) << 4;
        int segment = (a & SEG_MASK) >> SEG_SHIFT;
        switch (segment) {
            case 0 -> t += 8;
            case 1 -> t += 0x108;
            default -> t = (t + 0x108) << (segment - 1);
        }
        return (short) ((a & SIGN_BIT) != 0 ? t : -t);
    }

    /** A block of samples to mu-law, one byte per sample (an RTP PCMU payload). */
    public static byte[] ulawEncode(short[] samples) {
        byte[] out = new byte[samples.length];
        for (int i = 0; i < samples.length; i++) {
            out[i] = ulawEncode(samples[i]);
        }
        return out;
    }

    /** A PCMU payload to samples. */
    public static short[] ulawDecode(byte[] codes) {
        short[] out = new short[codes.length];
        for (int i = 0; i < codes.length; i++) {
            out[i] = ulawDecode(codes[i]);
        }
        return out;
    }

    /** A block of samples to A-law, one byte per sample (an RTP PCMA payload). */
    public static byte[] alawEncode(short[] samples) {
        byte[] out = new byte[samples.length];
        for (int i = 0; i < samples.length; i++) {
            out[i] = alawEncode(samples[i]);
        }
        return out;
    }

    /** A PCMA payload to samples. */
    public static short[] alawDecode(byte[] codes) {
        short[] out = new short[codes.length];
        for (int i = 0; i < codes.length; i++) {
            out[i] = alawDecode(codes[i]);
        }
        return out;
    }

    /** The first segment whose end is at or above {@code value}; 8 when none is. */
    private static int segment(int value, int[] segmentEnds) {
        for (int i = 0; i < segmentEnds.length; i++) {
            if (value <= segmentEnds[i]) {
                return i;
            }
        }
        return segmentEnds.length;
    }
}
