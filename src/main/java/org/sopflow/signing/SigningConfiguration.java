package org.sopflow.signing;

import java.nio.file.Files;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sopflow.calendar.WorkingCalendar;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SigningProperties.class)
class SigningConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(SigningConfiguration.class);

  /** The signer {@code sop.signing.mode} names; a misconfigured one stops the start, naming the property. */
  @Bean
  DocumentSigner documentSigner(SigningProperties signing, Clock clock, WorkingCalendar calendar) {
    return switch (signing.mode()) {
      case NONE -> new Unsigned();
      case PKCS12 -> {
        SigningProperties.Pkcs12 file = signing.pkcs12();
        if (file.createDemoKey() && file.path() != null && file.password() != null && !Files.exists(file.path())) {
          DemoKey.create(file.path(), file.password());
          LOG.warn("Demo signing key created at {}: its certificate is self-signed, for trying SOP Flow only",
              file.path());
        }
        yield Pkcs12Signer.of(file, signing.location(), clock.withZone(calendar.zone()));
      }
      case BSRE -> new BsreSigner(signing.bsre());
    };
  }

  /** No electronic signature: the approved document is stored with its hash and signed on paper. */
  static final class Unsigned implements DocumentSigner {

    @Override
    public byte[] sign(byte[] pdf, org.sopflow.print.Pdf.Place place, Signatory signatory) {
      return pdf;
    }

    @Override
    public boolean signs() {
      return false;
    }
  }
}
