// A growable array of trivially copyable values kept in one malloc'd block that grows and
// shrinks with realloc. The DOM's node and attribute arrays use it instead of std::vector:
// realloc can grow a large block by remapping its pages (no copy, no fresh page faults for the
// old part) and can give back the unused tail in place, where std::vector would copy the whole
// array on every regrowth and again in shrink_to_fit().
#pragma once

#include <cstdlib>
#include <cstring>
#include <new>
#include <span>
#include <type_traits>
#include <utility>

namespace lede::html {

template <typename T>
class PodBuffer {
  static_assert(std::is_trivially_copyable_v<T>, "PodBuffer moves its values with realloc");

 public:
  PodBuffer() = default;
  PodBuffer(PodBuffer&& other) noexcept
      : data_(std::exchange(other.data_, nullptr)),
        size_(std::exchange(other.size_, 0)),
        capacity_(std::exchange(other.capacity_, 0)) {}
  PodBuffer& operator=(PodBuffer&& other) noexcept {
    if (this != &other) {
      std::free(data_);
      data_ = std::exchange(other.data_, nullptr);
      size_ = std::exchange(other.size_, 0);
      capacity_ = std::exchange(other.capacity_, 0);
    }
    return *this;
  }
  PodBuffer(const PodBuffer&) = delete;
  PodBuffer& operator=(const PodBuffer&) = delete;
  ~PodBuffer() { std::free(data_); }

  size_t size() const { return size_; }
  size_t capacity() const { return capacity_; }
  bool empty() const { return size_ == 0; }
  T* data() { return data_; }
  const T* data() const { return data_; }
  T& operator[](size_t i) { return data_[i]; }
  const T& operator[](size_t i) const { return data_[i]; }
  const T* begin() const { return data_; }
  const T* end() const { return data_ + size_; }

  /// Drops the values, keeping the block for reuse.
  void clear() { size_ = 0; }
  void reserve(size_t capacity) {
    if (capacity > capacity_) reallocate(capacity);
  }
  /// Appends `value` and returns a reference to the stored copy.
  T& push_back(const T& value) {
    if (size_ == capacity_) grow(size_ + 1);
    data_[size_] = value;
    return data_[size_++];
  }
  void append(std::span<const T> values) {
    if (values.empty()) return;
    if (size_ + values.size() > capacity_) grow(size_ + values.size());
    std::memcpy(static_cast<void*>(data_ + size_), values.data(), values.size() * sizeof(T));
    size_ += values.size();
  }
  /// Room for `count` more values, returned uninitialized: write them through the pointer, then
  /// commit() the end of what was written. Lets a writer emit many small pieces with one
  /// capacity check.
  T* reserve_more(size_t count) {
    if (size_ + count > capacity_) grow(size_ + count);
    return data_ + size_;
  }
  void commit(const T* end) { size_ = static_cast<size_t>(end - data_); }
  /// Gives the unused capacity back to the allocator (in place for blocks realloc can split).
  void shrink_to_fit() {
    if (capacity_ > size_) reallocate(size_);
  }

 private:
  // Doubling keeps appends amortized O(1); realloc often extends in place, so the old
  // contents are rarely copied at all.
  void grow(size_t needed) {
    size_t doubled = capacity_ * 2;
    reallocate(doubled > needed ? doubled : needed);
  }
  void reallocate(size_t capacity) {
    if (capacity == 0) {
      std::free(data_);
      data_ = nullptr;
      capacity_ = 0;
      return;
    }
    void* block = std::realloc(static_cast<void*>(data_), capacity * sizeof(T));
    if (block == nullptr) throw std::bad_alloc();
    data_ = static_cast<T*>(block);
    capacity_ = capacity;
  }

  T* data_ = nullptr;
  size_t size_ = 0;
  size_t capacity_ = 0;
};

}  // namespace lede::html
