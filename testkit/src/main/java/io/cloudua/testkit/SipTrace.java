package io.cloudua.testkit;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SIP messages of a SIPp message trace ({@link SippResult#messages()}), parsed.
 *
 * <p>Why: passing a scenario proves the dialogue happened; a test often must also check what
 * was on the wire, e.g. that a CANCEL reused the INVITE's branch or that the gateway's 200 OK
 * offered the device's media port. Parsing is lenient: blocks that are not SIP messages are
 * skipped, and a trace cut at its start (see {@link SippResult}) loses only its first message.
 *
 * @param messages the messages in trace order
 */
public record SipTrace(List<Message> messages) {
  private static final Pattern SEPARATOR = Pattern.compile(
      "^-{20,} (\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d+)\\s*$", Pattern.MULTILINE);
  private static final Pattern START_LINE = Pattern.compile("^(SIP/2\\.0 \\d{3} .*|[A-Z]+ \\S+ SIP/2\\.0)$");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
  private static final Map<String, String> COMPACT = Map.of("v", "via", "f", "from", "t", "to",
      "i", "call-id", "m", "contact", "l", "content-length", "c", "content-type", "k", "supported",
      "x", "session-expires");

  /**
   * One SIP message. {@code sent} is true for what SIPp sent, false for what it received.
   * Header names keep their case; lookups ignore it and accept compact forms.
   */
  public record Message(boolean sent, LocalDateTime time, String startLine,
      List<Map.Entry<String, String>> headers, String body) {

    public boolean isRequest() {
      return !startLine.startsWith("SIP/2.0 ");
    }

    /** The method of a request, or the CSeq method of a response. */
    public String method() {
      return isRequest() ? startLine.substring(0, startLine.indexOf(' ')) : cseqMethod();
    }

    /** The status of a response, 0 for a request. */
    public int status() {
      return isRequest() ? 0 : Integer.parseInt(startLine.substring(8, 11));
    }

    public String requestUri() {
      return isRequest() ? startLine.split(" ")[1] : null;
    }

    /** The first value of a header, or null. */
    public String header(String name) {
      List<String> all = headers(name);
      return all.isEmpty() ? null : all.get(0);
    }

    /** Every value of a header, in order. */
    public List<String> headers(String name) {
      String wanted = canonical(name);
      return headers.stream().filter(h -> canonical(h.getKey()).equals(wanted)).map(Map.Entry::getValue).toList();
    }

    public long cseqNumber() {
      return Long.parseLong(header("CSeq").trim().split("\\s+")[0]);
    }

    public String cseqMethod() {
      return header("CSeq").trim().split("\\s+")[1];
    }

    /** The branch parameter of the top Via. */
    public String branch() {
      return param(header("Via"), "branch");
    }

    public String toTag() {
      return param(header("To"), "tag");
    }

    public String fromTag() {
      return param(header("From"), "tag");
    }

    /** The port of the first m=audio line of the body, or -1. */
    public int audioPort() {
      Matcher m = Pattern.compile("^m=audio (\\d+) ", Pattern.MULTILINE).matcher(body);
      return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static String canonical(String name) {
      String lower = name.trim().toLowerCase(Locale.ROOT);
      return COMPACT.getOrDefault(lower, lower);
    }

    private static String param(String value, String name) {
      if (value == null) {
        return null;
      }
      Matcher m = Pattern.compile(";\\s*" + name + "=([^;>,\\s]+)", Pattern.CASE_INSENSITIVE).matcher(value);
      return m.find() ? m.group(1) : null;
    }
  }

  /** Parses the text of a SIPp {@code -trace_msg} file. */
  public static SipTrace parse(String trace) {
    List<Message> out = new ArrayList<>();
    Matcher sep = SEPARATOR.matcher(trace);
    List<int[]> blocks = new ArrayList<>();
    List<String> times = new ArrayList<>();
    while (sep.find()) {
      blocks.add(new int[] {sep.start(), sep.end()});
      times.add(sep.group(1));
    }
    for (int i = 0; i < blocks.size(); i++) {
      int end = i + 1 < blocks.size() ? blocks.get(i + 1)[0] : trace.length();
      Message m = block(trace.substring(blocks.get(i)[1], end), times.get(i));
      if (m != null) {
        out.add(m);
      }
    }
    return new SipTrace(List.copyOf(out));
  }

  /** Messages matching a filter. */
  public List<Message> find(Predicate<Message> filter) {
    return messages.stream().filter(filter).toList();
  }

  /** Requests of a method, sent ({@code sent} true) or received. */
  public List<Message> requests(String method, boolean sent) {
    return find(m -> m.sent() == sent && m.isRequest() && m.method().equals(method));
  }

  /** Responses of a status to a method, sent or received. */
  public List<Message> responses(int status, String method, boolean sent) {
    return find(m -> m.sent() == sent && m.status() == status && m.cseqMethod().equals(method));
  }

  private static Message block(String text, String time) {
    String[] lines = text.replace("\r", "").split("\n", -1);
    int i = 0;
    boolean sent = false;
    while (i < lines.length && !START_LINE.matcher(lines[i]).matches()) {
      sent = sent || lines[i].contains(" message sent");
      i++;
    }
    if (i == lines.length) {
      return null;
    }
    String start = lines[i++];
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    for (; i < lines.length && !lines[i].isEmpty(); i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.add(Map.entry(lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim()));
      }
    }
    StringBuilder body = new StringBuilder();
    for (i++; i < lines.length; i++) {
      body.append(lines[i]).append('\n');
    }
    return new Message(sent, LocalDateTime.parse(time, TIME), start, List.copyOf(headers), body.toString().strip());
  }
}
