package dev.sfstream.emulator.internal.soql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfstream.emulator.internal.records.ApiError;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoqlParserTest {
    @Test
    void parsesFieldsObjectConditionsAndLimit() {
        SoqlQuery query = SoqlParser.parse("SELECT Id, Name FROM Contact WHERE (Name = 'O\\'Hara' OR Age__c > 3)"
                + " AND Title NOT IN ('a', 'b') LIMIT 5");

        assertThat(query.selectFields()).containsExactly("Id", "Name");
        assertThat(query.from().name()).isEqualTo("Contact");
        assertThat(query.limit()).isEqualTo(5);
        assertThat(query.whereFields()).containsExactlyInAnyOrder("Name", "Age__c", "Title");
        Condition.Junction and = (Condition.Junction) query.where();
        assertThat(and.and()).isTrue();
        Condition.Junction or = (Condition.Junction) and.parts().get(0);
        assertThat(((Condition.Comparison) or.parts().get(0)).value()).isEqualTo("O'Hara");
        assertThat(((Condition.Comparison) or.parts().get(1)).value()).isEqualTo(new BigDecimal("3"));
        assertThat(((Condition.InList) and.parts().get(1)).values()).isEqualTo(List.of("a", "b"));
    }

    @Test
    void mixingAndWithOrNeedsParentheses() {
        assertThatThrownBy(() -> SoqlParser.parse("SELECT Id FROM Contact WHERE A__c = 1 AND B__c = 2 OR C__c = 3"))
                .isInstanceOf(ApiError.class)
                .hasMessageEndingWith("unexpected token: 'OR'")
                .satisfies(e -> assertThat(((ApiError) e).errorCode()).isEqualTo("MALFORMED_QUERY"));
    }

    @Test
    void unterminatedStatementReportsEof() {
        assertThatThrownBy(() -> SoqlParser.parse("SELECT Id FROM"))
                .hasMessage("\nSELECT Id FROM\n              ^\nERROR at Row:1:Column:15\nunexpected token: '<EOF>'");
    }

    @Test
    void recordsConstructsThatCallersRefuse() {
        SoqlQuery query = SoqlParser.parse("SELECT Id, COUNT(Name) FROM Account WHERE Id IN (SELECT AccountId FROM"
                + " Contact) GROUP BY Id ORDER BY Id DESC OFFSET 2");

        assertThat(query.groupBy()).isTrue();
        assertThat(query.select().get(1).isAggregate()).isTrue();
        assertThat(query.where()).isInstanceOf(Condition.SemiJoin.class);
        assertThat(query.orderBy()).singleElement().satisfies(o -> assertThat(o.descending()).isTrue());
        assertThat(query.offset()).isEqualTo(2);
    }
}
