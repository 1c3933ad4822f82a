package dev.sfstream.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A Spring Boot application whose sfstream service raises an alert for every new Lead (see application.yml). */
@SpringBootApplication
public class LeadAlertsApplication {
    public static void main(String[] args) {
        SpringApplication.run(LeadAlertsApplication.class, args);
    }
}
