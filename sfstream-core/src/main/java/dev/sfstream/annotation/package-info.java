/**
 * The annotations a service class uses: {@link dev.sfstream.annotation.ServiceName} names the service, and
 * {@link dev.sfstream.annotation.Subscribe}, {@link dev.sfstream.annotation.HandleNotification} and
 * {@link dev.sfstream.annotation.HandleSObjectNotification} mark handler methods (the entrypoints). Every
 * entrypoint annotation is repeatable, so one method can handle several channels; the method then
 * receives the arguments of the entrypoint that fired.
 */
package dev.sfstream.annotation;
