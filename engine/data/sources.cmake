list(APPEND NETSMITH_ENGINE_SOURCES
  data/Dataset.h data/Dataset.cpp
  data/InputNormalization.h data/InputNormalization.cpp
  data/DataFolder.h data/DataFolder.cpp
  data/IdxFile.h data/IdxFile.cpp
  data/IdxSource.h data/IdxSource.cpp
  data/LabelCheck.h data/LabelCheck.cpp
  data/TarGzArchive.h data/TarGzArchive.cpp
  data/DigitsPackage.h data/DigitsPackage.cpp
  data/CsvSource.h data/CsvSource.cpp
  data/Cifar10Source.h data/Cifar10Source.cpp
  data/EncodedImage.h data/EncodedImage.cpp
  data/ImageFolderSource.h data/ImageFolderSource.cpp
  data/PathSources.h data/PathSources.cpp
  data/DatasetCatalog.h data/DatasetCatalog.cpp
  data/DatasetSplit.h data/DatasetSplit.cpp
  data/StrokeMeter.h data/StrokeMeter.cpp
  data/AugmentationSettings.h data/AugmentationSettings.cpp
  data/AugmentationPipeline.h data/AugmentationPipeline.cpp
  data/BatchPrefetcher.h data/BatchPrefetcher.cpp
)
list(APPEND NETSMITH_ENGINE_SOURCES
  data/AugmentationPresets.h data/AugmentationPresets.cpp
)
