/**
 * Real-peer test fixtures for cloudua's integration tests: SIPp as the SIP side of a call, a
 * webhook receiver as the device, and a REST client as the device's requests.
 *
 * <p>Why real peers: the gateway sits between SIP and HTTP, and its bugs live in how it talks
 * to the other side (transactions, dialogs, retransmissions, webhook timeouts). Fakes of our
 * own would share our misunderstandings; SIPp and a real HTTP socket do not.
 *
 * <h2>Scenarios ({@code sipp/*.xml}, via {@link io.cloudua.testkit.Sipp#scenario})</h2>
 * <ul>
 *   <li>{@code uac-answered-caller-bye}: INVITE, 200, ACK, pause ({@code -set hold ms},
 *       default 500), BYE.
 *   <li>{@code uac-answered-wait-bye}: INVITE, 200, ACK, waits up to 30 s for the BYE.
 *   <li>{@code uac-cancel}: INVITE, waits for 180, CANCEL; 200 and 487 in either order; ACK.
 *   <li>{@code uac-reinvite} / {@code uac-update}: answered call that re-offers media
 *       ({@code [media_port]+2}) with re-INVITE or UPDATE, then BYE.
 *   <li>{@code uas-answer}, {@code uas-answer-session-timer}: answer, wait for BYE.
 *   <li>{@code uas-answer-then-bye}: answer, hang up after 500 ms.
 *   <li>{@code uas-ring-forever}: ring until CANCEL, then 200 and 487.
 *   <li>{@code uas-accept-reinvite} / {@code uas-accept-update}: peers of the two above.
 *   <li>Generated: {@link io.cloudua.testkit.Sipp#uacExpectingFinal(int)},
 *       {@link io.cloudua.testkit.Sipp#uasRejecting(int)}.
 * </ul>
 * Caller scenarios take {@code -set domain host} to put another host in the Request-URI and To
 * (the gateway finds the domain there), while still sending to the remote address.
 *
 * <h2>Typical test</h2>
 * <pre>{@code
 * Sipp.assumeAvailable();                       // skip locally, fail in CI
 * try (WebhookRecorder device = WebhookRecorder.start();
 *      SippRun callee = Sipp.start(SippOptions.uas(Sipp.scenario("uas-answer")))) {
 *   RestClient api = new RestClient(gatewayUrl);
 *   api.post("/mediaservice/d1/placeremotecalljwt", Map.of(
 *       "destinationUri", "sip:bob@127.0.0.1:" + callee.localPort(),
 *       "callbackBaseUrl", device.baseUrl(), "codec", "PCMA"), token);
 *   Hook answered = device.await("callAnswered", b -> true, Duration.ofSeconds(10));
 *   api.post("/mediaservice/d1/hangupcalljwt",
 *       Map.of("replyId", answered.body().path("replyId").asText()), token);
 *   SippResult sip = callee.await(Duration.ofSeconds(10));
 *   assertTrue(sip.passed(), sip::describe);
 * }
 * }</pre>
 */
package io.cloudua.testkit;
