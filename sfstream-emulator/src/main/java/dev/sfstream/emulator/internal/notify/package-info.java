/** Record changes as streaming events: PushTopic rules and notifications, CDC, platform events, generic streaming, channel directory. */
package dev.sfstream.emulator.internal.notify;
