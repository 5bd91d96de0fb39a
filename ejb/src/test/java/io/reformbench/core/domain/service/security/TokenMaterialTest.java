package io.reformbench.core.domain.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenMaterialTest {

    @Test
    void tokensAreLongRandomAndRecognisable() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String token = TokenMaterial.newToken();
            assertThat(TokenMaterial.looksLikeToken(token)).isTrue();
            assertThat(token).startsWith("rb_").hasSize(46).matches("rb_[A-Za-z0-9_-]{43}");
            seen.add(token);
        }
        assertThat(seen).hasSize(200);
    }

    @Test
    void aPasswordIsNotTakenForAToken() {
        assertThat(TokenMaterial.looksLikeToken("Quiet-Harbour-Lantern-2019")).isFalse();
        assertThat(TokenMaterial.looksLikeToken("rb_short")).isFalse();
        assertThat(TokenMaterial.looksLikeToken(null)).isFalse();
    }

    @Test
    void theStoredHashIsSha256AndThePrefixRevealsLittle() {
        assertThat(TokenMaterial.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        String token = TokenMaterial.newToken();
        assertThat(TokenMaterial.prefix(token)).hasSize(10).isEqualTo(token.substring(0, 10));
    }
}
