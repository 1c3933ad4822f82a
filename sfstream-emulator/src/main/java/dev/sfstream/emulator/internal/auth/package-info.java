/** Login: SOAP login(), the OAuth token endpoint and its grants, revocation, identity, and the token registry. */
package dev.sfstream.emulator.internal.auth;
