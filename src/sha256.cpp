#include "renaksi/sha256.h"

#include <openssl/evp.h>

#include <memory>

namespace renaksi {
namespace {

// OpenSSL 3 looks the algorithm up in its provider tables on every
// EVP_Digest(…, EVP_sha256(), …): fetched once here, the lookup is not paid
// per input file. A fetched EVP_MD is safe to share between threads.
const EVP_MD* Sha256() {
  static const std::unique_ptr<EVP_MD, decltype(&EVP_MD_free)> md(
      EVP_MD_fetch(nullptr, "SHA256", nullptr), &EVP_MD_free);
  return md ? md.get() : EVP_sha256();
}

}  // namespace

std::string Sha256Hex(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_Digest(bytes.data(), bytes.size(), digest, &length, Sha256(), nullptr);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex(length * 2, '\0');
  for (unsigned int i = 0; i < length; ++i) {
    hex[2 * i] = kHex[digest[i] >> 4];
    hex[2 * i + 1] = kHex[digest[i] & 0xf];
  }
  return hex;
}

}  // namespace renaksi
