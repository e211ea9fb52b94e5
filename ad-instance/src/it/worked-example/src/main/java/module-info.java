/** A user's module: the lecture's function, differentiated through org.pathsum.ad. */
module com.example.lecture {
  requires org.pathsum.ad;

  exports com.example.lecture;
}
