/** {@code sfstream topics list | show NAME | delete NAME}: the org's PushTopics. */
package dev.sfstream.cli.topics;
