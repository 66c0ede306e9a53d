package io.cloudua.testkit;

import java.util.Map;

/**
 * Reason phrases (RFC 3261 21 and friends) for generated final responses.
 *
 * <p>Why: a peer never judges the phrase, but a readable trace does help the person reading a
 * failed test; unknown codes get a neutral phrase.
 */
final class SipReasons {
  private static final Map<Integer, String> PHRASES = Map.ofEntries(
      Map.entry(300, "Multiple Choices"), Map.entry(301, "Moved Permanently"),
      Map.entry(302, "Moved Temporarily"), Map.entry(400, "Bad Request"),
      Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"),
      Map.entry(405, "Method Not Allowed"), Map.entry(407, "Proxy Authentication Required"),
      Map.entry(408, "Request Timeout"), Map.entry(410, "Gone"),
      Map.entry(415, "Unsupported Media Type"), Map.entry(420, "Bad Extension"),
      Map.entry(422, "Session Interval Too Small"), Map.entry(480, "Temporarily Unavailable"),
      Map.entry(481, "Call/Transaction Does Not Exist"), Map.entry(484, "Address Incomplete"),
      Map.entry(486, "Busy Here"), Map.entry(487, "Request Terminated"),
      Map.entry(488, "Not Acceptable Here"), Map.entry(491, "Request Pending"),
      Map.entry(500, "Server Internal Error"), Map.entry(501, "Not Implemented"),
      Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"),
      Map.entry(504, "Server Time-out"), Map.entry(600, "Busy Everywhere"),
      Map.entry(603, "Decline"), Map.entry(604, "Does Not Exist Anywhere"),
      Map.entry(606, "Not Acceptable"));

  private SipReasons() {}

  static String phrase(int status) {
    return PHRASES.getOrDefault(status, status < 400 ? "Redirect" : "Rejected");
  }
}
