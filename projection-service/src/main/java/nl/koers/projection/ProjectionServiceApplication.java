package nl.koers.projection;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ProjectionServiceApplication {
    public static void main(String[] args) {
        SpringApplication.run(ProjectionServiceApplication.class, args);
    }
}
