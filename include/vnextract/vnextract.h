// Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
// Umbrella header: everything a user of the library needs.
#ifndef VNEXTRACT_VNEXTRACT_H_
#define VNEXTRACT_VNEXTRACT_H_

#include "vnextract/csv.h"
#include "vnextract/decode.h"
#include "vnextract/document.h"
#include "vnextract/extractor.h"
#include "vnextract/indicator.h"
#include "vnextract/json.h"
#include "vnextract/status.h"
#include "vnextract/version.h"

#endif  // VNEXTRACT_VNEXTRACT_H_
