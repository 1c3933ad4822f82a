/**
 * PushTopic declaration: {@link dev.sfstream.pushtopic.PushTopicSpec} (validated before Salesforce sees it),
 * {@link dev.sfstream.pushtopic.PushTopicDeclarer} (create, update only when different, leave identical
 * ones alone, survive create races; deactivate, delete) and {@link dev.sfstream.pushtopic.SObjectTopicBuilder}
 * (the original's sObject topic queries).
 */
package dev.sfstream.pushtopic;
