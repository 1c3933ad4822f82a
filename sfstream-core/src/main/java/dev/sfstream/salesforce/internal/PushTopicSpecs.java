package dev.sfstream.salesforce.internal;

import dev.sfstream.pushtopic.PushTopicSpec;
import dev.sfstream.pushtopic.SObjectTopicBuilder;
import dev.sfstream.pushtopic.SObjectTopicRequest;

/** Turns an entrypoint's {@link TopicDeclaration} into the PushTopic to declare, looking ids up for sObject topics. */
final class PushTopicSpecs {
    private final SObjectTopicBuilder sobjectTopics;

    PushTopicSpecs(SalesforceConnection salesforce) {
        this.sobjectTopics = new SObjectTopicBuilder(salesforce.api(), salesforce.login(),
                salesforce.settings().username());
    }

    PushTopicSpec of(TopicDeclaration declaration) {
        if (!declaration.forSObject()) {
            return fromQuery(declaration);
        }
        return sobjectTopics.build(new SObjectTopicRequest(declaration.sobjectType(), declaration.recordType(),
                declaration.excludeCurrentUser(), declaration.fields(), declaration.name(),
                declaration.notifyFor()));
    }

    /** The spec of a query declaration; its constructor checks name and query against Salesforce's rules. */
    static PushTopicSpec fromQuery(TopicDeclaration declaration) {
        return new PushTopicSpec(declaration.name(), declaration.query(), declaration.notifyFor());
    }
}
