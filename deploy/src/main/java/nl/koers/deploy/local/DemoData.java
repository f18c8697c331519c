package nl.koers.deploy.local;

public final class DemoData { public static void seed(String kafkaBootstrap, java.nio.file.Path koersHome) {} }
